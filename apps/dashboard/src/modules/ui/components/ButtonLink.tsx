import { Link, type LinkProps } from 'react-router';
import { buttonClass, type ButtonVariant } from './Button';
import { Icon, type IconName } from './Icon';

export type ButtonLinkProps = LinkProps & {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  icon?: IconName;
};

/** A link inside the app that looks like a button: "Go to Settings", "Open in Explore". */
export function ButtonLink({
  variant = 'secondary',
  size = 'md',
  icon,
  className,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link {...rest} className={buttonClass(variant, size, className)}>
      {icon && <Icon name={icon} size={size === 'sm' ? 14 : 16} />}
      <span>{children}</span>
    </Link>
  );
}
