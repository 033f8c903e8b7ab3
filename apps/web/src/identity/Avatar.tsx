import { toInitials } from '@tandem/client';

/** A round badge with someone's initials in their colour. */
export function Avatar({ name, color, size = 'md' }: { name: string; color: string; size?: 'sm' | 'md' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: color }} aria-hidden="true">
      {toInitials(name)}
    </span>
  );
}
