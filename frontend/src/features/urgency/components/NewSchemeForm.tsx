import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../shared/api/problem';
import { currentYear, paths } from '../../../shared/paths';
import { createScheme, urgencyKeys, type NewScheme, type SchemeSummary } from '../api/urgency';

type Start = 'template' | 'copy' | 'empty';
type Field = 'name' | 'validFrom' | 'validTo' | 'legalBasis.name' | 'legalBasis.date' | 'copyOf';
const fieldNames: readonly Field[] = ['name', 'validFrom', 'validTo', 'legalBasis.name', 'legalBasis.date', 'copyOf'];

/**
 * "Nieuwe versie": name, validity, legal basis, and what it starts from: the template with the
 * mandatory categories, a copy of an earlier version, or nothing.
 */
export function NewSchemeForm({ region, regionName, schemes }: { region: string; regionName: string; schemes: SchemeSummary[] }) {
  const { t } = useTranslation('urgency');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const id = useId();
  const next = currentYear() + 1;
  const [name, setName] = useState('');
  const [validFrom, setValidFrom] = useState(`${next}-01-01`);
  const [validTo, setValidTo] = useState(`${next + 3}-12-31`);
  const [legalName, setLegalName] = useState('');
  const [legalDate, setLegalDate] = useState('');
  const [start, setStart] = useState<Start>('template');
  const [copyOf, setCopyOf] = useState<number>(schemes[0]?.id ?? 0);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (body: NewScheme) => createScheme(region, body),
    onSuccess: (scheme) => {
      void queryClient.invalidateQueries({ queryKey: urgencyKeys.schemes(region) });
      queryClient.setQueryData(urgencyKeys.scheme(scheme.id), scheme);
      navigate(paths.urgencyScheme(scheme.id, 'bewerken'));
    },
    onError: (error) => {
      if (isApiError(error, 400) && error.problem.fields?.length) {
        const found: Partial<Record<Field, string>> = {};
        const rest: string[] = [];
        for (const field of error.problem.fields) {
          const key = fieldNames.find((f) => f === field.field);
          if (key) found[key] = field.message;
          else rest.push(field.message);
        }
        setErrors(found);
        setFailed(rest.length ? rest.join(' ') : null);
      } else {
        setFailed(isApiError(error) ? (error.problem.detail ?? t('newScheme.failed')) : t('newScheme.failed'));
      }
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('newScheme.required');
    if (!validFrom) found.validFrom = t('newScheme.required');
    if (!validTo) found.validTo = t('newScheme.required');
    else if (validFrom && validTo < validFrom) found.validTo = t('newScheme.datesReversed');
    setErrors(found);
    setFailed(null);
    if (Object.keys(found).length > 0) return;
    const legal = legalName.trim() || legalDate ? { name: legalName.trim() || null, date: legalDate || null } : null;
    create.mutate({
      name: name.trim(),
      validFrom,
      validTo,
      legalBasis: legal,
      fromTemplate: start === 'template',
      copyOf: start === 'copy' ? copyOf : null,
    });
  };

  const errorId = (field: Field) => `${id}-${field.replace('.', '-')}-error`;
  const field = (key: Field, label: string, input: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode) => (
    <div className={`utrecht-form-field${errors[key] ? ' utrecht-form-field--invalid' : ''}`}>
      <label htmlFor={`${id}-${key}`} className="utrecht-form-label">
        {label}
      </label>
      {errors[key] && (
        <p className="utrecht-form-field-error-message" id={errorId(key)}>
          {errors[key]}
        </p>
      )}
      {input({ id: `${id}-${key}`, 'aria-invalid': errors[key] ? true : undefined, 'aria-describedby': errors[key] ? errorId(key) : undefined })}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="tp-form" data-testid="new-scheme-form">
      {field('name', t('newScheme.name'), (props) => (
        <input
          {...props}
          className="utrecht-textbox utrecht-textbox--html-input tp-input--wide"
          value={name}
          placeholder={t('newScheme.namePlaceholder', { region: regionName })}
          onChange={(e) => setName(e.target.value)}
        />
      ))}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newScheme.validity')}</legend>
        <p className="utrecht-form-field-description tp-muted">{t('newScheme.validityHint')}</p>
        <div className="tp-inline-form">
          {field('validFrom', t('newScheme.validFrom'), (props) => (
            <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
          ))}
          {field('validTo', t('newScheme.validTo'), (props) => (
            <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
          ))}
        </div>
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newScheme.legalBasis')}</legend>
        {field('legalBasis.name', t('newScheme.legalName'), (props) => (
          <input
            {...props}
            className="utrecht-textbox utrecht-textbox--html-input tp-input--wide"
            value={legalName}
            placeholder={t('newScheme.legalNamePlaceholder')}
            onChange={(e) => setLegalName(e.target.value)}
          />
        ))}
        {field('legalBasis.date', t('newScheme.legalDate'), (props) => (
          <input {...props} type="date" className="utrecht-textbox utrecht-textbox--html-input tp-input--date" value={legalDate} onChange={(e) => setLegalDate(e.target.value)} />
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset tp-fieldset" aria-describedby={errors.copyOf ? errorId('copyOf') : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('newScheme.start')}</legend>
        {errors.copyOf && (
          <p className="utrecht-form-field-error-message" id={errorId('copyOf')}>
            {errors.copyOf}
          </p>
        )}
        <label className="tp-check">
          <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={`${id}-start`} value="template" checked={start === 'template'} onChange={() => setStart('template')} />
          {t('newScheme.fromTemplate')}
        </label>
        {schemes.length > 0 && (
          <div className="tp-check tp-check--with-select">
            <label className="tp-check">
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={`${id}-start`} value="copy" checked={start === 'copy'} onChange={() => setStart('copy')} />
              {t('newScheme.copyOf')}
            </label>
            <select
              aria-label={t('newScheme.copyOfVersion')}
              className="utrecht-select utrecht-select--html-select tp-select--compact"
              value={copyOf}
              onChange={(e) => {
                setCopyOf(Number(e.target.value));
                setStart('copy');
              }}
            >
              {schemes.map((s) => (
                <option key={s.id} value={s.id}>
                  {t('newScheme.versionOption', { no: s.versionNo, name: s.name })}
                </option>
              ))}
            </select>
          </div>
        )}
        <label className="tp-check">
          <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={`${id}-start`} value="empty" checked={start === 'empty'} onChange={() => setStart('empty')} />
          {t('newScheme.empty')}
        </label>
      </fieldset>
      <div aria-live="polite">
        {failed && (
          <Alert type="error">
            <Paragraph>{failed}</Paragraph>
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {create.isPending ? t('newScheme.creating') : t('newScheme.submit')}
        </Button>
      </div>
    </form>
  );
}
