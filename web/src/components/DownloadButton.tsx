/** A file the server makes (an Excel export), offered as a secondary button that is not printed. */
export function DownloadButton({ href, children }: { href: string; children: string }) {
  return (
    <p className="no-print">
      <a className="button button-secondary" href={href} download>
        {children}
      </a>
    </p>
  );
}
