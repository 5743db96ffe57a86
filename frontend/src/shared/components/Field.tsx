import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface Props {
  id: string;
  label: string;
  /** the server's (or the form's) message for this field */
  error?: string;
  hint?: string;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}

/** A label, an optional hint and error message, and the control, wired together for assistive technology. */
export function Field({ id, label, error, hint, className, children }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={['utrecht-form-field', error ? 'utrecht-form-field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {hint && (
        <p className="utrecht-form-field-description tp-muted tp-small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="utrecht-form-field-error-message" id={id} data-testid="field-error">
      {message}
    </p>
  );
}
