import type { ReactNode } from 'react';
import { useCoreT } from '../i18n/i18n.js';
import { Icon } from './Icon.js';

type Variant = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  id?: string;
  className?: string;
}

/** A dkfds alert. Errors and warnings use role="alert"; others role="status". */
export function Alert({ variant, heading, children, id, className }: AlertProps) {
  const t = useCoreT();
  const label = t.common.alertLabels[variant];
  const assertive = variant === 'error' || variant === 'warning';
  return (
    <div
      id={id}
      className={`alert alert-${variant}${className ? ` ${className}` : ''}`}
      role={assertive ? 'alert' : 'status'}
      tabIndex={-1}
    >
      <span className="sr-only">{label}</span>
      <Icon name={variant} className="alert-icon" />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
