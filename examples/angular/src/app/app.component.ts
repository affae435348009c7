import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'active-sessions';

@Component({
  selector: 'app-root',
  // <active-sessions> is a custom element: Angular leaves its attributes, properties and events alone.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Your account</h1>
      <active-sessions endpoint="/api/account" (active-sessions-logged-out-all)="signedOut.set(true)"></active-sessions>
      <p role="status">{{ signedOut() ? 'You were signed out everywhere.' : '' }}</p>
    </main>
  `,
})
export class AppComponent {
  protected readonly signedOut = signal(false);
}
