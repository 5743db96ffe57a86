import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { allows } from '../../../shared/workflow/allowed';
import { followTemplateVersion, takeTemplateChange, useTemplateChanges, wzvKeys, type CareDocument, type SectionSnapshot, type TemplateChange } from '../api/woonzorgvisie';

interface Props {
  document: CareDocument;
  onTaken: (document: CareDocument) => void;
}

/**
 * "Nieuwe sjabloonversie beschikbaar": the banner, and on request the changed sections with what they
 * were and what they become, each to take over on its own.
 */
export function TemplateChangesPanel({ document, onTaken }: Props) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const [open, setOpen] = useState(false);
  const changes = useTemplateChanges(document.id, open);
  const mayTake = allows(document, 'TAKE_TEMPLATE_CHANGES');
  return (
    <section className="tp-template-update" aria-labelledby={`${id}-title`} data-testid="template-update">
      <div className="tp-template-update__head">
        <Heading2 id={`${id}-title`} className="tp-template-update__title">
          {t('changes.banner', { no: document.newerTemplateVersionNo, current: document.template.versionNo })}
        </Heading2>
        <Button appearance="secondary-action-button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
          {open ? t('changes.hide') : t('changes.show')}
        </Button>
      </div>
      <div id={`${id}-panel`} hidden={!open}>
        {open &&
          (changes.isPending ? (
            <Paragraph className="tp-muted">{t('changes.loading')}</Paragraph>
          ) : changes.isError ? (
            <Alert type="error">
              <Paragraph>{t('changes.failed')}</Paragraph>
            </Alert>
          ) : changes.data.changes.length === 0 ? (
            <FollowVersion document={document} mayTake={mayTake} onTaken={onTaken} />
          ) : (
            // biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly
            <ul className="tp-changes" role="list">
              {changes.data.changes.map((change) => (
                <ChangeItem key={change.key} document={document} change={change} mayTake={mayTake} onTaken={onTaken} />
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}

/** No section differs (only chapter titles or order changed): the writer follows the new version in one step. */
function FollowVersion({ document, mayTake, onTaken }: { document: CareDocument; mayTake: boolean; onTaken: (d: CareDocument) => void }) {
  const { t } = useTranslation('woonzorgvisie');
  const follow = useMutation({ mutationFn: () => followTemplateVersion(document.id), onSuccess: onTaken });
  return (
    <>
      <Paragraph>{t('changes.none')}</Paragraph>
      {mayTake && (
        <Button appearance="primary-action-button" disabled={follow.isPending} onClick={() => follow.mutate()}>
          {t('changes.follow', { no: document.newerTemplateVersionNo })}
        </Button>
      )}
    </>
  );
}

const fieldOrder = ['title', 'guidance', 'required', 'body'] as const;

function ChangeItem({ document, change, mayTake, onTaken }: { document: CareDocument; change: TemplateChange; mayTake: boolean; onTaken: (d: CareDocument) => void }) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const queryClient = useQueryClient();
  const [replaceBody, setReplaceBody] = useState(false);
  const take = useMutation({
    mutationFn: () => takeTemplateChange(document.id, change.key, change.bodyUntouched || replaceBody),
    onSuccess: (next) => {
      void queryClient.invalidateQueries({ queryKey: wzvKeys.changes(document.id) });
      onTaken(next);
    },
  });
  const fields = change.change === 'CHANGED' ? fieldOrder.filter((f) => change.fields.includes(f)) : fieldOrder;
  const show = (snapshot: SectionSnapshot | null, field: (typeof fieldOrder)[number]) => {
    if (!snapshot) return '–';
    if (field === 'required') return snapshot.required ? t('changes.yes') : t('changes.no');
    return snapshot[field] || '–';
  };
  const asksBody = change.change === 'CHANGED' && change.fields.includes('body') && !change.bodyUntouched;
  return (
    <li className={`tp-change tp-change--${change.change.toLowerCase()}`} data-key={change.key} data-change={change.change}>
      <Heading3 id={`${id}-title`} className="tp-change__title">
        <span className="tp-muted tp-normal">{change.chapterTitle} › </span>
        {change.title}
        <span className="tp-tag">{t(`changes.kind.${change.change}`)}</span>
      </Heading3>
      <div className="tp-table-scroll">
        <table className="utrecht-table tp-table tp-change__table" aria-labelledby={`${id}-title`}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('changes.field')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('changes.before')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('changes.after')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {fields.map((field) => (
              <tr key={field} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{t(`changes.fields.${field}`)}</th>
                <td className="utrecht-table__cell tp-prewrap tp-change__before">{show(change.before, field)}</td>
                <td className="utrecht-table__cell tp-prewrap tp-change__after">{show(change.after, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {change.change === 'REMOVED' && <Paragraph className="tp-small">{t('changes.removedNote')}</Paragraph>}
      {change.change === 'CHANGED' && change.fields.includes('body') && change.bodyUntouched && <Paragraph className="tp-small">{t('changes.untouchedNote')}</Paragraph>}
      {mayTake && (
        <div className="tp-change__take">
          {asksBody && (
            <label className="tp-check">
              <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={replaceBody} onChange={(e) => setReplaceBody(e.target.checked)} />
              {t('changes.replaceBody')}
            </label>
          )}
          <Button appearance="secondary-action-button" busy={take.isPending} disabled={take.isPending} onClick={() => take.mutate()}>
            {t('changes.take')}
          </Button>
        </div>
      )}
      {take.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{isApiError(take.error) ? (take.error.problem.detail ?? t('changes.takeFailed')) : t('changes.takeFailed')}</Paragraph>
        </Alert>
      )}
    </li>
  );
}
