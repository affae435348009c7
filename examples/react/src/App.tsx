import { useState } from 'react';
import { ActiveSessions } from 'active-sessions/react';

export function App() {
  const [message, setMessage] = useState('');
  return (
    <main>
      <h1>Your account</h1>
      <ActiveSessions
        endpoint="/api/account"
        onLoggedOutAll={(e) => setMessage(e.detail.includesCurrent ? 'You were signed out everywhere.' : 'Your other sessions were signed out.')}
      />
      <p role="status">{message}</p>
    </main>
  );
}
