import { MAX_COLUMNS } from '@lyt/contracts';
import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Button, Notice, useToast } from '../../ui';
import { exploreMessages } from '../explore.messages';
import { columnFilter, type ExploreSelection } from '../explore-selection';
import { useColumnMutations } from '../hooks/useColumnMutations';
import { ColumnNameDialog } from './ColumnNameDialog';

export type SaveColumnButtonProps = {
  selection: ExploreSelection;
  /** Columns on the board now. */
  count: number;
  /** A name to start from (the hashtags, the topics). */
  suggestedName: string;
  onSaved(): void;
};

/** "Save as column" (admin): the current filter, without free text and dates, joins the board. */
export function SaveColumnButton({
  selection,
  count,
  suggestedName,
  onSaved,
}: SaveColumnButtonProps) {
  const t = useMessages(exploreMessages);
  const toast = useToast();
  const { create } = useColumnMutations();
  const [open, setOpen] = useState(false);
  const dropsSomething = Boolean(selection.q || selection.from || selection.to);
  const full = count >= MAX_COLUMNS;
  return (
    <>
      <Button
        icon="columns"
        variant="primary"
        disabled={full}
        title={full ? t('column.full') : undefined}
        onClick={() => {
          create.reset();
          setOpen(true);
        }}
      >
        {t('column.save')}
      </Button>
      <ColumnNameDialog
        open={open}
        title={t('column.saveTitle')}
        initialName={suggestedName}
        busy={create.isPending}
        error={create.error?.message}
        onClose={() => setOpen(false)}
        onSave={(name) =>
          create.mutate(
            { name, filter: columnFilter(selection) },
            {
              onSuccess: (column) => {
                setOpen(false);
                toast.show({
                  tone: 'success',
                  text: t('column.saved', { name: column.name }),
                });
                onSaved();
              },
            },
          )
        }
      >
        {dropsSomething && <Notice tone="info">{t('column.dropped')}</Notice>}
      </ColumnNameDialog>
    </>
  );
}
