// The design system. Pages and modules import components from here; charts from './charts' (recharts loads with the pages that draw).
export { Badge, DemoBadge, SentimentBadge } from './components/Badge';
export type {
  BadgeProps,
  BadgeTone,
  SentimentBadgeProps,
} from './components/Badge';
export { Button, IconButton } from './components/Button';
export type {
  ButtonProps,
  ButtonVariant,
  IconButtonProps,
} from './components/Button';
export { ButtonLink } from './components/ButtonLink';
export type { ButtonLinkProps } from './components/ButtonLink';
export { Chip } from './components/Chip';
export type { ChipProps } from './components/Chip';
export { EmptyState } from './components/EmptyState';
export type { EmptyStateProps } from './components/EmptyState';
export { ErrorState, useErrorMessage } from './components/ErrorState';
export type { ErrorStateProps, FieldErrorTexts } from './components/ErrorState';
export { ExternalLink } from './components/ExternalLink';
export type { ExternalLinkProps } from './components/ExternalLink';
export { Field } from './components/Field';
export type { FieldControlProps, FieldProps } from './components/Field';
export { Icon } from './components/Icon';
export type { IconName, IconProps } from './components/Icon';
export { changeRatio, KpiCard } from './components/KpiCard';
export type { KpiCardProps, KpiChange } from './components/KpiCard';
export { ConfirmDialog, ConfirmRemovalDialog, Modal } from './components/Modal';
export type {
  ConfirmDialogProps,
  ConfirmRemovalDialogProps,
  ModalProps,
} from './components/Modal';
export { Notice } from './components/Notice';
export type { NoticeProps, NoticeTone } from './components/Notice';
export { PageHeader } from './components/PageHeader';
export type { PageHeaderProps } from './components/PageHeader';
export { Panel } from './components/Panel';
export type { PanelProps } from './components/Panel';
export { RelativeTime } from './components/RelativeTime';
export type { RelativeTimeProps } from './components/RelativeTime';
export { SegmentedControl } from './components/SegmentedControl';
export type {
  SegmentedControlProps,
  SegmentedOption,
} from './components/SegmentedControl';
export { Skeleton } from './components/Skeleton';
export type { SkeletonProps } from './components/Skeleton';
export { Spinner } from './components/Spinner';
export type { SpinnerProps } from './components/Spinner';
export { Table } from './components/Table';
export type { TableColumn, TableProps } from './components/Table';
export { Tabs } from './components/Tabs';
export type { TabItem, TabsProps } from './components/Tabs';
export { ToastProvider, useToast } from './components/Toast';
export type { ToastInput, ToastProviderProps } from './components/Toast';
export { useNow } from './hooks/useNow';
export { safeHttpUrl } from './safe-url';
