/**
 * Why packaging refused to write a package. The numbers are stable so the README, a support thread or a CI log
 * can refer to one; the message says what to change.
 */
export const packagingFailures = {
  PKG001: 'bot id missing',
  PKG002: 'id is not a GUID',
  PKG003: 'app version is not MAJOR.MINOR.PATCH',
  PKG004: 'developer URL is not https',
  PKG005: 'unknown placeholder',
  PKG006: 'no schema for this manifest version',
  PKG007: 'manifest does not match the Teams schema',
  PKG008: 'language file does not match the Teams localization schema',
  PKG009: 'icon has the wrong format or size',
  PKG010: 'file missing',
  PKG011: 'file is not valid JSON'
} as const;

export type PackagingFailure = keyof typeof packagingFailures;

export class PackagingError extends Error {
  constructor(
    readonly code: PackagingFailure,
    detail: string
  ) {
    super(`${code} ${packagingFailures[code]}: ${detail}`);
    this.name = 'PackagingError';
  }
}
