/**
 * A row's icon: the kind of client when it is not a browser (desktop app, mobile app, terminal,
 * key), else the device type. Decorative (`aria-hidden`): what it shows is also said in text
 * where it matters. Drawn with currentColor, so forced-colors mode keeps them.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Session } from './model.js';

/** Shapes in one 24×24 `<svg>`, by device type, then by client kind. */
const SHAPES: Record<string, TemplateResult> = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/>`,
  // An application window: a title bar with its buttons.
  desktop_app: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18M6.5 6.5h.01M9 6.5h.01"/>`,
  // A phone showing an app's tile.
  mobile_app: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><rect x="10" y="7" width="4" height="4" rx="1"/>`,
  // A terminal: a prompt and a cursor.
  cli: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="m7 9 3 3-3 3m5 0h5"/>`,
  // A key.
  api: svg`<circle cx="8" cy="15" r="4"/><path d="m11 12 9-9m-4 4 3 3m-6-1 2 2"/>`,
};

/** The icon of a session's row. */
export function sessionIcon({ client, device }: Session): TemplateResult {
  const shape = (client && client.kind !== 'browser' && SHAPES[client.kind]) || SHAPES[device.type] || SHAPES.unknown;
  return html`<svg viewBox="0 0 24 24" aria-hidden="true">${shape}</svg>`;
}
