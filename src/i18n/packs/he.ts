/**
 * Hebrew: the strings a widget shows before any click (`en.ts`'s keys). Loaded on demand, as its
 * own chunk, only when the nearest `lang` is `he`; the strings of the flows that start with a
 * click are in `../packs-flows/he.ts`, fetched at the same time. Imports nothing.
 */
import type { CorePack } from '../en.js';

export default {
  direction: 'rtl',
  heading: 'הפעלות פעילות',
  refresh: 'רענון',
  loading: 'ההפעלות נטענות…',
  approximate: 'פרטי ההפעלות עשויים להיות משוערים או חלקיים.',
  currentSession: 'ההפעלה הנוכחית',
  currentHint: 'כדי לסיים את ההפעלה הזו, יש לצאת מהחשבון או להשתמש באפשרות "התנתקות מכל ההפעלות".',
  currentHintSignOut: 'כדי לסיים את ההפעלה הזו, יש לצאת מהחשבון.',
  trusted: 'מכשיר מהימן',
  apps: 'אפליקציות',
  unknownDevice: 'מכשיר לא ידוע',
  browserOnOs: '{browser} ב-{os}',
  signedIn: 'כניסה: {date}',
  lastActive: 'פעילות אחרונה: {time}',
  logout: 'התנתקות',
  logoutLabel: 'התנתקות מ-{device}',
  statusUnavailable: 'סטטוס ההפעלה לא זמין',
  statusUnavailableHint: 'כדי להתנתק בכל המכשירים, יש להשתמש באפשרות "התנתקות מכל ההפעלות".',
  loggingOut: 'מתבצעת התנתקות…',
  loggingOutHint: 'הפעולה עשויה להימשך כמה דקות. אפשר לרענן או להשתמש באפשרות "התנתקות מכל ההפעלות".',
  noSessions: 'אין הפעלות פעילות',
  noOtherSessions: 'אין הפעלות פעילות אחרות',
  logoutAllHeading: 'התנתקות מכל ההפעלות',
  logoutAllText:
    'פעולה זו תנתק אותך מכל ההפעלות הפעילות בכל המכשירים, כולל ההפעלה הזו. התהליך עשוי להימשך עד {duration}.',
  logoutAllTextNow:
    'פעולה זו תנתק אותך מכל ההפעלות הפעילות בכל המכשירים, כולל ההפעלה הזו. השינוי ייכנס לתוקף מיד.',
  logoutOthersText:
    'פעולה זו תנתק אותך מכל שאר ההפעלות הפעילות בכל המכשירים. ההפעלה הזו תישאר מחוברת. התהליך עשוי להימשך עד {duration}.',
  logoutOthersTextNow:
    'פעולה זו תנתק אותך מכל שאר ההפעלות הפעילות בכל המכשירים. ההפעלה הזו תישאר מחוברת. השינוי ייכנס לתוקף מיד.',
  logoutAllButton: 'התנתקות מהכול',
  loadFailed: 'לא ניתן היה לטעון את ההפעלות הפעילות. אפשר לנסות שוב מאוחר יותר.',
  tryAgain: 'ניסיון נוסף',
  unavailableSso: 'התכונה "הפעלות פעילות" לא זמינה בחשבונות שמקושרים לכניסה באמצעות SSO של ארגון (SAML או OIDC).',
  unavailable: 'התכונה "הפעלות פעילות" לא זמינה בחשבון שלך.',
  reauth: 'מטעמי אבטחה, יש להיכנס שוב לחשבון כדי לנהל את ההפעלות.',
  signInAgain: 'כניסה מחדש',
  helpHeading: 'לא מזהה הפעלה?',
  help: 'אם יש חשד לפעילות לא מורשית בחשבון, מומלץ לשנות את הסיסמה (אם יש סיסמה), לבדוק את שיטות הכניסה ולפנות לתמיכה.',
  errorServer: 'השרת לא הצליח להשלים את הבקשה ({status}).',
  errorNetwork: 'לא ניתן להתחבר לשרת. יש לבדוק את החיבור לאינטרנט.',
  errorTimeout: 'השרת לא הגיב בזמן.',
  errorPayload: 'התקבלה מהשרת תגובה שלא ניתן לקרוא.',
  errorRateLimited: 'יותר מדי בקשות. אפשר לנסות שוב בעוד {duration}.',
  errorRateLimitedLater: 'יותר מדי בקשות. אפשר לנסות שוב מאוחר יותר.',
  skippedNote: 'לא ניתן היה להציג חלק מההפעלות.',
  errorInsecure: 'כתובת השרת אינה מאובטחת (https).',
  details: 'פרטים',
  detailsFor: 'פרטים על {device}',
  historyHeading: 'הפעלות שהסתיימו לאחרונה',
} satisfies CorePack;
