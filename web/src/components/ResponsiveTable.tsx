import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useCoreT } from '../i18n/i18n.js';
import { Icon } from './Icon.js';
import './responsive-table.css';

/** Whether the element's content is wider than the element, kept up to date as either changes size. */
function useOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}

/**
 * A dkfds table, named by a caption for screen readers, that never pushes the
 * page off-screen on a phone:
 * - `stackOnPhone`: below dkfds's md breakpoint each row becomes a card, each
 *   cell labelled by its column (dkfds's `table--responsive-headers`; the
 *   caller gives every cell `data-title`);
 * - otherwise the table scrolls sideways inside its own box; when it is wider
 *   than the screen a hint says so and the box can be scrolled from the keyboard.
 */
export function ResponsiveTable({
  caption,
  className = 'table table--zebra',
  stackOnPhone = false,
  children,
}: {
  caption: string;
  className?: string;
  stackOnPhone?: boolean;
  children: ReactNode;
}) {
  const t = useCoreT();
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const overflowing = useOverflowing(box);
  return (
    <>
      {overflowing ? (
        <p className="table-scroll-hint small-text" id={hintId}>
          <Icon name="arrow-forward" />
          {t.common.tableScrollHint}
        </p>
      ) : null}
      <div
        ref={box}
        className="table--responsive-scroll"
        {...(overflowing ? { tabIndex: 0, role: 'region', 'aria-label': caption, 'aria-describedby': hintId } : {})}
      >
        <table className={stackOnPhone ? `${className} table--responsive-headers` : className}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
