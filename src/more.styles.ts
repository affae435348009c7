/**
 * Styles of what the on-demand chunk draws (dialogs, details panels, checkboxes, the checklist):
 * adopted into the widget's shadow root when the chunk arrives, so the bundle does not carry them.
 */
const css = String.raw;

export const moreStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  h2 {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
    margin-block-start: 12px;
  }
  dialog {
    inline-size: min(440px, 100vw - 32px);
    padding: 24px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    font-size: 1.125em;
  }
  dialog .actions {
    justify-content: end;
    margin-block-start: 20px;
  }
  [type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 8px 0;
  }
  li:has([type='checkbox']) {
    grid-template-columns: 24px 40px 1fr;
  }
  .panel {
    grid-column: 1 / -1;
    padding: 12px var(--_gap);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 5%, transparent);
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 8px var(--_gap);
    margin: 0 0 12px;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .checklist {
    display: grid;
    justify-items: start;
    gap: 8px;
    margin-block-start: var(--_gap);
    padding: var(--_gap);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .new {
    background: color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  input {
    font: inherit;
    color: inherit;
    accent-color: var(--_accent);
  }
  [type='search'] {
    flex: 1 1 14em;
    min-block-size: 32px;
    padding-inline: 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
  }
  [part~='show-more-button'] {
    margin-block-start: 12px;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
`;
