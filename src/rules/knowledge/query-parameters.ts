/**
 * `name=value` pairs of a URL query (`?a=1&b=2`) or of a `;`-separated connection string
 * (`Server=db;TrustServerCertificate=true`). Names are lower-cased; values are URL-decoded when
 * possible. Plain string scanning — connection strings are untrusted input of any length.
 */
export function queryParameters(text: string, separator: '&' | ';'): Map<string, string> {
  const start = separator === '&' ? text.indexOf('?') + 1 : 0;
  if (separator === '&' && start === 0) return new Map();
  const parameters = new Map<string, string>();
  for (const pair of text.slice(start).split(separator)) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    parameters.set(
      decode(pair.slice(0, equals)).trim().toLowerCase(),
      decode(pair.slice(equals + 1)).trim(),
    );
  }
  return parameters;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
