/** An on/off switch: a real checkbox with `role="switch"`, so keyboards and screen readers know it. */
interface Props {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: () => void;
}

export function Switch({ id, label, checked, disabled = false, onChange }: Props) {
  return (
    <label class="switch" for={id}>
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={onChange} />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{label}</span>
    </label>
  );
}
