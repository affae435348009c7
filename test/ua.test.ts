import { expect } from '@open-wc/testing';
import { MAX_USER_AGENT_SCAN, parseUserAgent } from '../src/ua.js';

// Real user agents as browsers send them (reduced UAs where the browser reduces them).
const UA = {
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeOS:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeAndroidPhone:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  chromeAndroidTablet:
    'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  chromeIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  edgeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
  edgeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
  edgeIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.2903.68 Mobile/15E148 Safari/605.1.15',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  firefoxIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  safariIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  safariIPad:
    'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  operaWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  operaAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 OPR/86.0.0.0',
  samsungPhone:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  samsungTablet:
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-X810) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Safari/537.36',
};

describe('parseUserAgent', () => {
  describe('desktop browsers', () => {
    it('recognizes Chrome on macOS', () => {
      expect(parseUserAgent(UA.chromeMac)).to.deep.equal({ browser: 'Chrome 131', os: 'macOS', type: 'desktop' });
    });

    it('recognizes Chrome on Windows without claiming a Windows version', () => {
      // Windows 11 still says "Windows NT 10.0", so any version would be a guess.
      expect(parseUserAgent(UA.chromeWindows)).to.deep.equal({ browser: 'Chrome 131', os: 'Windows', type: 'desktop' });
    });

    it('recognizes Chrome on Linux', () => {
      expect(parseUserAgent(UA.chromeLinux)).to.deep.equal({ browser: 'Chrome 131', os: 'Linux', type: 'desktop' });
    });

    it('recognizes ChromeOS rather than reporting it as Linux', () => {
      expect(parseUserAgent(UA.chromeOS)).to.deep.equal({ browser: 'Chrome 131', os: 'ChromeOS', type: 'desktop' });
    });

    it('recognizes Edge even though its agent also names Chrome', () => {
      expect(parseUserAgent(UA.edgeWindows)).to.deep.equal({ browser: 'Edge 131', os: 'Windows', type: 'desktop' });
      expect(parseUserAgent(UA.edgeMac)).to.deep.equal({ browser: 'Edge 131', os: 'macOS', type: 'desktop' });
    });

    it('recognizes Opera even though its agent also names Chrome', () => {
      expect(parseUserAgent(UA.operaWindows)).to.deep.equal({ browser: 'Opera 115', os: 'Windows', type: 'desktop' });
    });

    it('recognizes Firefox on Windows, macOS and Linux', () => {
      expect(parseUserAgent(UA.firefoxWindows)).to.deep.equal({ browser: 'Firefox 133', os: 'Windows', type: 'desktop' });
      expect(parseUserAgent(UA.firefoxMac)).to.deep.equal({ browser: 'Firefox 133', os: 'macOS', type: 'desktop' });
      expect(parseUserAgent(UA.firefoxLinux)).to.deep.equal({ browser: 'Firefox 133', os: 'Linux', type: 'desktop' });
    });

    it('recognizes Safari on macOS with its minor version', () => {
      expect(parseUserAgent(UA.safariMac)).to.deep.equal({ browser: 'Safari 18.1', os: 'macOS', type: 'desktop' });
    });

    it('drops a ".0" minor version from Safari', () => {
      expect(parseUserAgent(UA.safariMac.replace('Version/18.1', 'Version/18.0')).browser).to.equal('Safari 18');
    });
  });

  describe('iPhone and iPad', () => {
    it('recognizes Safari on an iPhone as iOS on a mobile device', () => {
      expect(parseUserAgent(UA.safariIPhone)).to.deep.equal({ browser: 'Safari 18.1', os: 'iOS 18.1', type: 'mobile' });
    });

    it('recognizes Safari on an iPad as iPadOS on a tablet', () => {
      expect(parseUserAgent(UA.safariIPad)).to.deep.equal({ browser: 'Safari 17', os: 'iPadOS 17', type: 'tablet' });
    });

    it('recognizes Chrome, Firefox and Edge on iOS by their iOS tokens, not as Safari', () => {
      expect(parseUserAgent(UA.chromeIPhone)).to.deep.equal({ browser: 'Chrome 131', os: 'iOS 17.6', type: 'mobile' });
      expect(parseUserAgent(UA.firefoxIPhone)).to.deep.equal({ browser: 'Firefox 133', os: 'iOS 17.7', type: 'mobile' });
      expect(parseUserAgent(UA.edgeIPhone)).to.deep.equal({ browser: 'Edge 131', os: 'iOS 18.1', type: 'mobile' });
    });

    it('reports an iPad that asks for desktop sites as macOS, since it sends a Mac agent', () => {
      // Documented limitation: iPadOS 13+ in desktop mode is indistinguishable from a Mac by UA.
      expect(parseUserAgent(UA.safariMac).os).to.equal('macOS');
    });
  });

  describe('Android', () => {
    it('recognizes Chrome on an Android phone', () => {
      expect(parseUserAgent(UA.chromeAndroidPhone)).to.deep.equal({
        browser: 'Chrome 131',
        os: 'Android 10',
        type: 'mobile',
      });
    });

    it('treats an Android agent without "Mobile" as a tablet', () => {
      expect(parseUserAgent(UA.chromeAndroidTablet)).to.deep.equal({
        browser: 'Chrome 131',
        os: 'Android 14',
        type: 'tablet',
      });
    });

    it('keeps a point release of Android', () => {
      const ua = UA.chromeAndroidPhone.replace('Android 10; K', 'Android 7.1.2; Nexus 5X');
      expect(parseUserAgent(ua).os).to.equal('Android 7.1');
    });

    it('recognizes Android rather than the Linux it also names', () => {
      expect(parseUserAgent(UA.chromeAndroidPhone).os).to.match(/^Android/);
    });

    it('recognizes Firefox on Android', () => {
      expect(parseUserAgent(UA.firefoxAndroid)).to.deep.equal({ browser: 'Firefox 133', os: 'Android 15', type: 'mobile' });
    });

    it('recognizes Edge and Opera on Android', () => {
      expect(parseUserAgent(UA.edgeAndroid).browser).to.equal('Edge 131');
      expect(parseUserAgent(UA.operaAndroid)).to.deep.equal({ browser: 'Opera 86', os: 'Android 10', type: 'mobile' });
    });

    it('recognizes Samsung Internet on phones and tablets', () => {
      expect(parseUserAgent(UA.samsungPhone)).to.deep.equal({
        browser: 'Samsung Internet 27',
        os: 'Android 14',
        type: 'mobile',
      });
      expect(parseUserAgent(UA.samsungTablet)).to.deep.equal({
        browser: 'Samsung Internet 26',
        os: 'Android 13',
        type: 'tablet',
      });
    });
  });

  describe('agents it does not know', () => {
    it('returns an empty result for an empty agent', () => {
      expect(parseUserAgent('')).to.deep.equal({});
    });

    it('returns an empty result for non-browser clients', () => {
      expect(parseUserAgent('curl/8.5.0')).to.deep.equal({});
      expect(parseUserAgent('okhttp/4.12.0')).to.deep.equal({});
      expect(parseUserAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).to.deep.equal({});
    });

    it('returns only the part it recognizes, never an undefined key', () => {
      const result = parseUserAgent('MyApp/3.2 (iPhone; CPU iPhone OS 17_5 like Mac OS X)');
      expect(result).to.deep.equal({ os: 'iOS 17.5', type: 'mobile' });
      expect(Object.keys(result)).to.not.include('browser');
    });
  });
});

// Among the longest agents real browsers send: in-app browsers append their own tokens.
const LONG_UA = {
  facebookIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/468.0.0.35.109;FBBV/614925813;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/617253462]',
  instagramAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 Instagram 334.0.0.42.95 Android (34/14; 480dpi; 1080x2340; samsung; SM-S918B; dm3q; qcom; en_US; 604247854)',
  ucBrowserAndroid:
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2219A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.5.8.1313 Mobile Safari/537.36',
  xbox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edge/44.18363.8131',
};


describe('parseUserAgent on long and hostile agents', () => {
  it('parses real long agents (all well under the 512 characters it reads)', () => {
    for (const ua of Object.values(LONG_UA)) expect(ua.length).to.be.below(400);
    expect(parseUserAgent(LONG_UA.facebookIPhone)).to.deep.equal({ os: 'iOS 17.5', type: 'mobile' });
    expect(parseUserAgent(LONG_UA.instagramAndroid)).to.deep.equal({ browser: 'Chrome 125', os: 'Android 14', type: 'mobile' });
    expect(parseUserAgent(LONG_UA.ucBrowserAndroid)).to.deep.equal({ browser: 'Chrome 100', os: 'Android 13', type: 'mobile' });
    expect(parseUserAgent(LONG_UA.xbox)).to.deep.equal({ browser: 'Edge 44', os: 'Windows', type: 'desktop' });
  });

  it('reads only the first 512 characters', () => {
    expect(MAX_USER_AGENT_SCAN).to.equal(512);
    expect(parseUserAgent(' '.repeat(500) + 'Chrome/131')).to.deep.equal({ browser: 'Chrome 131' });
    // The 512th character still counts; the 513th no longer does.
    expect(parseUserAgent(' '.repeat(502) + 'Chrome/131')).to.deep.equal({ browser: 'Chrome 131' });
    expect(parseUserAgent(' '.repeat(503) + 'Chrome/131')).to.deep.equal({ browser: 'Chrome 13' });
    expect(parseUserAgent(' '.repeat(510) + 'Chrome/131')).to.deep.equal({});
    expect(parseUserAgent('x'.repeat(600) + UA.chromeMac)).to.deep.equal({});
  });

  // The work is bounded by what is read: nothing past the first 512 characters, whatever follows
  // them. (What a 64 kB agent costs next to a 512-character one, and how the parser's work grows
  // without the cap, are measured by `npm run bench`, not asserted here.)
  it('gives a 1 MB agent the result of its first 512 characters, whatever follows them', () => {
    const tail = ' Firefox/99 (Windows NT 10.0) iPad; CPU OS 17_0 Version/17.0 Safari/605 Android 14; Mobile';
    for (const ua of [...Object.values(UA), ...Object.values(LONG_UA), 'iPad'.repeat(128), 'Version/1 Safari'.repeat(32)]) {
      const head = ua.padEnd(MAX_USER_AGENT_SCAN, ' ').slice(0, MAX_USER_AGENT_SCAN);
      const huge = head + tail.repeat(Math.ceil(1_048_576 / tail.length));
      expect(parseUserAgent(huge), ua.slice(0, 60)).to.deep.equal(parseUserAgent(head));
    }
    // The tail alone would say something else: had it been read, the results would differ.
    expect(parseUserAgent(tail)).to.deep.equal({ browser: 'Firefox 99', os: 'iPadOS 17', type: 'tablet' });
  });

  it('never reads a long agent whole: only a slice of its first 512 characters', () => {
    const whole = UA.safariIPhone.padEnd(MAX_USER_AGENT_SCAN, ' ') + ' Firefox/99'.repeat(100_000);
    const reads: string[] = [];
    // A string-like input that gives out prefixes only: reading it whole (to run a regex on it,
    // to search it) would throw.
    const refuse = () => {
      throw new Error('the parser read the whole agent');
    };
    const prefix = (method: string) => (start = 0, end = whole.length) => {
      reads.push(`${method}(${start}, ${end})`);
      if (start !== 0 || end > MAX_USER_AGENT_SCAN) refuse();
      return whole.slice(start, end);
    };
    const input = {
      length: whole.length,
      slice: prefix('slice'),
      substring: prefix('substring'),
      toString: refuse,
      valueOf: refuse,
      [Symbol.toPrimitive]: refuse,
    };
    expect(parseUserAgent(input as unknown as string)).to.deep.equal(parseUserAgent(UA.safariIPhone));
    expect(reads, 'how the parser read the agent').to.have.length.greaterThan(0);
  });
});
