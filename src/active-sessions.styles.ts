import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--active-sessions-accent, light-dark(#0b57d0, #a8c7fa));
    --_danger: var(--active-sessions-danger, light-dark(#b3261e, #ffb4ab));
    --_on-danger: var(--active-sessions-on-danger, light-dark(#fff, #1d1b20));
    --_text: var(--active-sessions-text, light-dark(#1d1b20, #e6e1e5));
    --_muted: var(--active-sessions-muted, light-dark(#5d5f66, #b4b6bd));
    --_surface: var(--active-sessions-surface, light-dark(#fff, #26262b));
    --_border: var(--active-sessions-border, light-dark(#d9dbe0, #44464c));
    --_radius: var(--active-sessions-radius, 8px);
    --_gap: var(--active-sessions-gap, 16px);
    display: block;
    container: active-sessions / inline-size;
    color: var(--_text);
    font: inherit;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  header,
  .row,
  .actions,
  .device {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2);
  }
  header {
    justify-content: space-between;
    margin-block-end: var(--_gap);
  }
  .heading {
    font-size: 1.25em;
    font-weight: 600;
    margin: 0;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  p {
    margin: 0;
  }
  .muted,
  .details,
  ::slotted([slot='description']) {
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row,
  .skel {
    flex-wrap: nowrap;
    align-items: flex-start;
    padding-block: 12px;
    border-block-start: 1px solid var(--_border);
    min-block-size: 88px;
  }
  .row:last-child,
  .skel:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .main {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .device {
    font-weight: 600;
    gap: 4px 8px;
  }
  .icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_text) 7%, transparent);
    border: 1px solid transparent;
  }
  svg {
    inline-size: 20px;
    block-size: 20px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .badge {
    display: inline-block;
    padding: 0 8px;
    border: 1px solid transparent;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.6;
    background: color-mix(in srgb, var(--_text) 9%, transparent);
    color: var(--_text);
    white-space: nowrap;
  }
  .current {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    letter-spacing: 0.04em;
  }
  .apps {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-block: 4px;
  }
  .actions {
    flex: none;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    min-block-size: 32px;
    min-inline-size: 32px;
    padding: 4px 14px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
  }
  button:hover {
    background: color-mix(in srgb, var(--_text) 7%, transparent);
  }
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .danger {
    color: var(--_danger);
    border-color: color-mix(in srgb, var(--_danger) 45%, transparent);
  }
  .danger.solid {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  .danger.solid:hover {
    background: color-mix(in srgb, var(--_danger) 88%, var(--_text));
  }
  [aria-disabled='true'] {
    cursor: default;
    opacity: 0.75;
  }
  [aria-busy='true'] svg,
  [aria-busy='true']::before {
    animation: spin 0.9s linear infinite;
  }
  .solid[aria-busy='true']::before {
    content: '';
    inline-size: 12px;
    block-size: 12px;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .message,
  .section {
    margin-block-start: var(--_gap);
  }
  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 12px;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .note {
    margin-block-start: 8px;
  }
  .section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px var(--_gap);
  }
  .section > div {
    flex: 1 1 240px;
  }
  .skel span {
    display: block;
    block-size: 12px;
    margin-block: 6px 10px;
    border-radius: 6px;
    border: 1px solid transparent;
    background: color-mix(in srgb, var(--_text) 10%, transparent);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skel .icon {
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    inline-size: min(440px, calc(100vw - 32px));
    padding: 24px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    font-size: 1.125em;
    margin: 0 0 8px;
  }
  dialog .actions {
    justify-content: flex-end;
    margin-block-start: 20px;
  }
  .error {
    color: var(--_danger);
    margin-block-start: 12px;
    font-weight: 600;
  }
  @container active-sessions (max-width: 479px) {
    .row {
      flex-wrap: wrap;
    }
    .row .actions {
      flex-basis: 100%;
      padding-inline-start: 48px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .icon,
    .skel span {
      border-color: CanvasText;
    }
    .danger.solid {
      border-color: ButtonText;
    }
  }
`;
