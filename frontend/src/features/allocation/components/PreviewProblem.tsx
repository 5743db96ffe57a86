import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { keyed } from '../../../shared/list/keyed';
import { indicatorLabel } from '../labels';

interface Props {
  error: unknown;
  /** municipality names by code, and the codes in request order (400 answers name units by index) */
  names: Map<string, string>;
  unitOrder: string[];
}

/**
 * Why the computation failed, next to the last result that worked: impossible bounds (422
 * ALLOCATION_INFEASIBLE, naming the municipalities) or input the engine refused (400), in words.
 */
export function PreviewProblem({ error, names, unitOrder }: Props) {
  const { t } = useTranslation('allocation');
  if (!isApiError(error)) {
    return (
      <Alert type="error" data-testid="preview-problem">
        <Paragraph>{t('preview.failed')}</Paragraph>
      </Alert>
    );
  }
  const problem = error.problem;
  const fields = problem.fields ?? [];
  const infeasible = problem.code === 'ALLOCATION_INFEASIBLE';
  const plain = (text: string | undefined) => text?.replace(/\bGM\d{4}\b/g, (code) => names.get(code) ?? code);
  const where = (field: string) => {
    const byId = /^units\[([^\]]+)\]/.exec(field);
    if (byId?.[1]) {
      const key = byId[1];
      const code = /^\d+$/.test(key) ? unitOrder[Number(key)] : key;
      const indicator = /\.indicators\.([a-z_]+)$/.exec(field)?.[1];
      const name = code ? (names.get(code) ?? code) : key;
      return indicator ? `${name} (${indicatorLabel(indicator, t)})` : name;
    }
    if (field.startsWith('criteria')) return t('preview.fieldCriteria');
    if (field.startsWith('draagkracht')) return t('preview.fieldDraagkracht');
    if (field.startsWith('total')) return t('preview.fieldTotal');
    return field;
  };
  return (
    <Alert type={infeasible ? 'warning' : 'error'} data-testid="preview-problem" data-code={problem.code}>
      <Paragraph>
        <strong>{infeasible ? t('preview.infeasibleTitle') : t('preview.invalidTitle')}</strong>
      </Paragraph>
      <Paragraph>{infeasible ? t('preview.infeasibleText') : (plain(problem.detail) ?? t('preview.failed'))}</Paragraph>
      {fields.length > 0 && (
        <ul className="utrecht-unordered-list" data-testid="preview-problem-fields">
          {keyed(fields, (field) => `${field.field}:${field.message}`).map(({ key, item: field }) => (
            <li key={key} className="utrecht-unordered-list__item" data-field={field.field}>
              <strong>{where(field.field)}</strong>: {field.message}
            </li>
          ))}
        </ul>
      )}
      {infeasible && <Paragraph className="tp-small">{plain(problem.detail)}</Paragraph>}
      <Paragraph className="tp-small tp-muted">{t('preview.lastGood')}</Paragraph>
    </Alert>
  );
}
