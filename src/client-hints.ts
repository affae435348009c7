/**
 * This browser as it describes itself through User-Agent Client Hints (`navigator.userAgentData`,
 * Chromium-based browsers): its brand and major version ("Brave 131", "Microsoft Edge 131") and
 * its operating system ("Windows 11", "macOS 15"). A chunk of its own, fetched only by a page that
 * has the API and a current session to show it for (docs/features.md, "This device"); it imports
 * nothing, and what it reads goes nowhere but the current session's row.
 */

/** One entry of `brands` / `fullVersionList`. */
export interface BrandVersion {
  brand: string;
  version: string;
}

/** The high-entropy values asked for (and the low-entropy ones every answer carries). */
export interface HighEntropyValues {
  brands?: BrandVersion[];
  fullVersionList?: BrandVersion[];
  platform?: string;
  platformVersion?: string;
}

/** `navigator.userAgentData`, as far as it is read here. */
export interface UserAgentData {
  brands?: BrandVersion[];
  platform?: string;
  getHighEntropyValues(hints: string[]): Promise<HighEntropyValues>;
}

/** What this browser says it is; a part it does not say is absent. */
export interface ThisDevice {
  browser?: string;
  os?: string;
}

/**
 * A GREASE brand: the made-up entry Chromium adds so that sites cannot rely on the list's order or
 * content ("Not A(Brand", "Not_A Brand", "Not)A;Brand", "Not/A)Brand"…).
 */
const GREASE = /^not[^a-z]*a[^a-z]*brand$/i;

const major = (version: unknown) => (typeof version === 'string' ? /^\d{1,9}/.exec(version)?.[0] : undefined);

/**
 * The browser's brand and major version from `fullVersionList` (or `brands`): the first real brand
 * other than the generic "Chromium" ("Google Chrome 131", "Microsoft Edge 131", "Brave 131"), else
 * "Chromium 131"; GREASE brands are skipped. Undefined when the list names no brand.
 */
export function browserFromBrands(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const brands = (list as Partial<BrandVersion>[]).filter(
    (b): b is BrandVersion => typeof b?.brand === 'string' && !!b.brand.trim() && !GREASE.test(b.brand.trim()),
  );
  const pick = brands.find((b) => b.brand.trim() !== 'Chromium') ?? brands[0];
  if (!pick) return undefined;
  const version = major(pick.version);
  return version ? `${pick.brand.trim()} ${version}` : pick.brand.trim();
}

/**
 * The operating system from `platform` and `platformVersion`: on Windows, a `platformVersion`
 * major of 13 or more is Windows 11, 1 to 12 Windows 10 (Microsoft's mapping; earlier versions
 * report 0); macOS, Android and iOS with their major version ("macOS 15", "Android 15"); ChromeOS
 * and Linux without one (theirs is a build or kernel number, not what people call the system).
 */
export function osFromPlatform(platform: unknown, platformVersion: unknown): string | undefined {
  if (typeof platform !== 'string' || !platform.trim()) return undefined;
  const name = platform.trim();
  const version = major(platformVersion);
  switch (name.toLowerCase()) {
    case 'windows':
      return version === undefined || +version < 1 ? 'Windows' : +version >= 13 ? 'Windows 11' : 'Windows 10';
    case 'macos':
      return version && +version ? `macOS ${version}` : 'macOS';
    case 'android':
      return version && +version ? `Android ${version}` : 'Android';
    case 'ios':
      return version && +version ? `iOS ${version}` : 'iOS';
    case 'chrome os':
    case 'chromeos':
    case 'chromium os':
      return 'ChromeOS';
    default:
      return name;
  }
}

/**
 * Asks `data` (this browser's `navigator.userAgentData`) for its full version list and platform
 * version, and says what browser and OS they describe. Rejects when the browser refuses.
 */
export async function readThisDevice(data: UserAgentData): Promise<ThisDevice> {
  const values = await data.getHighEntropyValues(['fullVersionList', 'platformVersion']);
  return {
    browser: browserFromBrands(values?.fullVersionList ?? values?.brands ?? data.brands),
    os: osFromPlatform(values?.platform ?? data.platform, values?.platformVersion),
  };
}
