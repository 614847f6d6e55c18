/** A labelled text input for a number, with help text and a validation message tied to it. */
interface Props {
  id: string;
  label: string;
  unit?: string | undefined;
  help?: string | undefined;
  value: string;
  error?: string | undefined;
  onInput: (raw: string) => void;
}

export function NumberField({ id, label, unit, help, value, error, onInput }: Props) {
  const describedBy = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>
        {label}
        {unit && <span class="muted"> ({unit})</span>}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      {help && (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      )}
      <p id={`${id}-error`} class="field-error">
        {error ?? ''}
      </p>
    </div>
  );
}
