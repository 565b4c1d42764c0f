import spriteUrl from 'dkfds-icons?url';

/** A dkfds icon from the design system's SVG sprite (a same-origin file, so the CSP allows it). */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ''}`} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
