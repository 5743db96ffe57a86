import { Link, type LinkProps } from 'react-router';

/** A router link (no page reload) with the NL Design System link style. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
}
