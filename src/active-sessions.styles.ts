import { css } from 'lit';

/*
 * Public hooks are the --active-sessions-* custom properties (read once, into private --_*
 * ones) and the ::part() names. Colors use light-dark(), so they follow the host page's
 * color-scheme; logical properties, so dir="rtl" mirrors everything.
 */
export const styles = css`
  :host {
    --_accent: var(--active-sessions-accent, light-dark(#0b57d0, #a8c7fa));
    --_danger: var(--active-sessions-danger, light-dark(#b3261e, #ffb4ab));
    --_text: var(--active-sessions-text, light-dark(#1d1b20, #e6e1e5));
    --_muted: var(--active-sessions-muted, light-dark(#5d5f66, #b4b6bd));
    --_surface: var(--active-sessions-surface, light-dark(#fff, #26262b));
    --_border: var(--active-sessions-border, light-dark(#d9dbe0, #44464c));
    --_radius: var(--active-sessions-radius, 8px);
    --_gap: var(--active-sessions-gap, 16px);
    /*
     * No size containment (container queries): in a shrink-to-fit parent (a centered flex box,
     * a grid auto track) it would make the widget's intrinsic width zero and collapse it.
     * Rows wrap with flexbox instead, so the widget is as wide as its content allows.
     */
    display: block;
    color: var(--_text);
    font: inherit;
    line-height: 1.45;
    /* A centered host (e.g. Vite's React template) must not center the rows. */
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  header,
  .device,
  .section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  header,
  .section {
    justify-content: space-between;
    gap: 8px var(--_gap);
  }
  .heading,
  .subheading,
  .device,
  .badge,
  button {
    font-weight: 600;
  }
  .heading {
    font-size: 1.25em;
  }
  .subheading {
    margin: 0 0 4px;
  }
  p {
    margin: 0;
  }
  .muted,
  .details {
    color: var(--_muted);
    font-size: 0.875em;
  }
  ul {
    list-style: none;
    margin: var(--_gap) 0 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  /* Icon, then text and button; where the text has less than 16em beside the button, the button wraps under it. */
  li {
    display: grid;
    grid-template-columns: 40px 1fr;
    align-items: start;
    gap: 12px;
    padding-block: 12px;
    border-block-end: 1px solid var(--_border);
    min-block-size: 90px;
    /* Off-screen rows of a long list skip layout and paint until they come near the viewport. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 90px;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 8px 12px;
    min-inline-size: 0;
  }
  .main {
    flex: 1 1 16em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .icon {
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 50%;
  }
  .icon,
  .badge,
  .skel {
    border: 1px solid transparent;
    background: color-mix(in srgb, currentColor 9%, transparent);
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
    padding-inline: 8px;
    border-radius: 99px;
    font-size: 0.75em;
    line-height: 1.6;
    margin-block: 2px;
  }
  .current {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
  }
  /* Someone else signed in on the person's behalf: worth a second look. */
  .support {
    background: color-mix(in srgb, var(--_danger) 14%, transparent);
  }
  button {
    font: inherit;
    font-size: 0.875em;
    min-block-size: 32px;
    padding: 4px 14px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .danger {
    color: var(--_danger);
  }
  .solid {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  /*
   * Busy: a confirm button ignores clicks, dimmed; a refresh keeps the list on screen as readable
   * as ever (dimmed text would fail contrast), under a bar in the accent color that takes no room.
   */
  [aria-disabled='true'],
  [aria-busy='true'] {
    cursor: progress;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
  }
  [part~='list'][aria-busy='true'] {
    box-shadow: 0 -2px 0 var(--_accent);
  }
  .message,
  .section,
  .note {
    margin-block-start: var(--_gap);
  }
  .message {
    display: grid;
    justify-items: start;
    gap: 12px;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .section > div {
    flex: 1 1 240px;
  }
  .short {
    inline-size: 40%;
  }
  .skel {
    display: block;
    block-size: 12px;
    margin-block: 6px 12px;
    border-radius: 6px;
    animation: pulse 1.5s infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
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
  /* Second release: filter and selection tools, Details, Show more, New. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-block-start: 12px;
    min-block-size: 32px;
  }
  .link {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .icon,
    .badge,
    .skel,
    .solid {
      border-color: CanvasText;
    }
  }

  /* Dialogs, details panels, checkboxes, the checklist. */
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
  [type='search'],
  [type='text'] {
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
  /* Recently signed out: a disclosure whose chevron turns (and mirrors right to left). */
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding-inline: 4px 10px;
    border-color: transparent;
  }
  .disclosure svg {
    transition: rotate 0.15s;
  }
  [dir='rtl'] .disclosure svg {
    scale: -1 1;
  }
  [aria-expanded='true'] svg {
    rotate: 90deg;
  }
  .history li {
    min-block-size: 0;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  /* Third release: Rename's field, Log out all's "Keep me signed in on this device". */
  .rename {
    display: grid;
    gap: 8px;
    margin-block-end: 12px;
  }
  .rename label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  .rename p {
    margin: 0;
  }
  .keep {
    display: flex;
    align-items: center;
    gap: 8px;
  }
`;
