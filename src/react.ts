/**
 * `active-sessions/react` (docs/frameworks.md, "React: `active-sessions/react`"):
 * `<ActiveSessions>`, a React component for the element, made with `@lit/react`. Every property of
 * the element is a prop (set as a property, so objects and functions such as `getToken` pass
 * through), and each DOM event is an `on…` prop whose handler gets the event with its typed
 * `detail`. Importing this module defines the element, as the package's main entry does; on a
 * server (SSR) it renders the bare tag, which upgrades on the client. Works with React 18 and 19
 * (`react` is an optional peer dependency). `'use client'`: the component uses hooks, so a React
 * Server Component (Next.js App Router) renders it as a client one.
 */
'use client';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ActiveSessions as ActiveSessionsElement } from './active-sessions.js';
import type { ActiveSessionsEvent, ActiveSessionsEventName } from './events.js';
import './define.js';

const event = <K extends ActiveSessionsEventName>(name: K) => name as EventName<ActiveSessionsEvent<K>>;

/** The React prop for each of the element's events. */
export const events = {
  onLoad: event('active-sessions-load'),
  onLogout: event('active-sessions-logout'),
  onLoggedOut: event('active-sessions-logged-out'),
  onLogoutAll: event('active-sessions-logout-all'),
  onLoggedOutAll: event('active-sessions-logged-out-all'),
  onError: event('active-sessions-error'),
  onUnauthorized: event('active-sessions-unauthorized'),
  onReport: event('active-sessions-report'),
  onLogoutSelected: event('active-sessions-logout-selected'),
  onSync: event('active-sessions-sync'),
  onRename: event('active-sessions-rename'),
  onRenamed: event('active-sessions-renamed'),
};

export const ActiveSessions = createComponent({
  react: React,
  tagName: 'active-sessions',
  elementClass: ActiveSessionsElement,
  events,
  displayName: 'ActiveSessions',
});

/** The props `<ActiveSessions>` takes (element properties, `on…` event props, HTML attributes, `ref`). */
export type ActiveSessionsProps = React.ComponentProps<typeof ActiveSessions>;
