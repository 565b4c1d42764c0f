import type { ReactNode } from 'react';

/** A dkfds table that scrolls sideways on narrow screens, named by a caption for screen readers. */
export function ResponsiveTable({
  caption,
  className = 'table table--zebra',
  children,
}: {
  caption: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="table--responsive-scroll">
      <table className={className}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
