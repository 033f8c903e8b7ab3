import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/** A real link (copyable, opens in a new tab with a modifier) that navigates in-app on a plain click. */
export function AppLink({
  href,
  navigate,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; navigate: (path: string) => void }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onClick} {...rest} />;
}
