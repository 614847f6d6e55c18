/**
 * A labelled text input for a number, with help text, a note on how the text was read ("Read as 0.15
 * (decimal comma).") and a validation message, all tied to the input by aria-describedby.
 */
interface Props {
  id: string;
  label: string;
  unit?: string | undefined;
  help?: string | undefined;
  value: string;
  error?: string | undefined;
  /** How a valid text was read, when it could surprise. */
  note?: string | undefined;
  onInput: (raw: string) => void;
}

export function NumberField({ id, label, unit, help, value, error, note, onInput }: Props) {
  const describedBy = [help ? `${id}-help` : '', `${id}-error`, `${id}-note`].filter(Boolean).join(' ');
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
      <p id={`${id}-note`} class="field-note help">
        {!error && note ? note : ''}
      </p>
    </div>
  );
}
