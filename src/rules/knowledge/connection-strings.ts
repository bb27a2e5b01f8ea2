import { queryParameters } from './query-parameters.js';

/** A connection string that turns certificate verification off, described for a message. */
export interface InsecureConnectionString {
  readonly library: string;
  /** The offending parameter as written, e.g. `sslmode=no-verify`. */
  readonly parameter: string;
  readonly fix: string;
}

/**
 * MongoDB reads its boolean options case-insensitively; driver 6+ accepts `true`, drivers 4–5 also
 * `t`, `1`, `y`, `yes` (rules.md L13).
 */
const MONGO_TRUE = new Set(['true', 't', '1', 'y', 'yes']);
const MONGO_FALSE = new Set(['false', 'f', '0', 'n', 'no']);
const PG_FIX =
  'Use `sslmode=verify-full` and give the CA (`sslrootcert=` in the URL, or `ssl: { ca }` in the options).';
const MONGO_FIX =
  "Remove the parameter and trust the server's CA with `tlsCAFile=` (or the `tlsCAFile` option).";

/**
 * node-postgres `sslmode=no-verify` (and libpq-compatible `prefer`/`require`), MongoDB
 * `tlsAllowInvalidCertificates` / `tlsInsecure` / `sslValidate=false`, and SQL Server
 * `TrustServerCertificate=true` (rules.md L9, L12, L13), nodemailer `tls.rejectUnauthorized=false` and
 * mysql/mysql2 `ssl={"rejectUnauthorized":false}` (issue 13). `postgresJs`: the string is given to
 * postgres.js, for which `sslmode=require|prefer|allow` means "encrypt but do not verify" (L10).
 */
export function insecureConnectionString(
  text: string,
  postgresJs: boolean,
): InsecureConnectionString | undefined {
  const lower = text.slice(0, 16).toLowerCase();
  if (lower.startsWith('postgres://') || lower.startsWith('postgresql://'))
    return postgresUrl(text, postgresJs);
  if (lower.startsWith('mongodb://') || lower.startsWith('mongodb+srv://')) return mongoUrl(text);
  if (lower.startsWith('smtp://') || lower.startsWith('smtps://')) return smtpUrl(text);
  if (lower.startsWith('mysql://')) return mysqlUrl(text);
  return sqlServer(text);
}

/**
 * nodemailer reads `tls.*` query parameters into the transport's `tls` options and turns the string
 * `false` into the boolean (lib/shared `parseConnectionUrl`), so `?tls.rejectUnauthorized=false` is
 * `tls: { rejectUnauthorized: false }`. `smtp://` still upgrades with STARTTLS, so it applies there too.
 */
function smtpUrl(text: string): InsecureConnectionString | undefined {
  const value = queryParameters(text, '&').get('tls.rejectunauthorized');
  if (value !== 'false') return undefined;
  return {
    library: 'nodemailer',
    parameter: `${originalName(text, 'tls.rejectunauthorized')}=false`,
    fix: "Remove the parameter; if the mail server's CA is private, pass it as `tls: { ca }` in the transport options.",
  };
}

/**
 * mysql and mysql2 parse every query value of a connection URI as JSON when they can, so
 * `?ssl={"rejectUnauthorized":false}` is an `ssl` object that turns verification off (rules.md L11).
 */
function mysqlUrl(text: string): InsecureConnectionString | undefined {
  const value = queryParameters(text, '&').get('ssl');
  if (!value?.includes('rejectUnauthorized')) return undefined;
  let ssl: unknown;
  try {
    ssl = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof ssl !== 'object' || ssl === null || !('rejectUnauthorized' in ssl)) return undefined;
  if (ssl.rejectUnauthorized !== false) return undefined;
  return {
    library: 'mysql / mysql2',
    parameter: `ssl=${value}`,
    fix: "Drop `rejectUnauthorized: false` from the `ssl` parameter and give the server's CA instead (`ssl: { ca }` in the options, or mysql2's `ssl: 'Amazon RDS'` profile).",
  };
}

function postgresUrl(text: string, postgresJs: boolean): InsecureConnectionString | undefined {
  const parameters = queryParameters(text, '&');
  const mode = parameters.get('sslmode')?.toLowerCase();
  if (mode === undefined) return undefined;
  const parameter = `sslmode=${mode}`;
  if (postgresJs && (mode === 'require' || mode === 'prefer' || mode === 'allow')) {
    return {
      library: 'postgres.js',
      parameter,
      fix: "Use `sslmode=verify-full` (or `ssl: 'verify-full'`, or an `ssl` object with `ca`).",
    };
  }
  if (mode === 'no-verify') return { library: 'node-postgres', parameter, fix: PG_FIX };
  const libpq = parameters.get('uselibpqcompat')?.toLowerCase() === 'true';
  if (libpq && (mode === 'require' || mode === 'prefer') && !parameters.has('sslrootcert')) {
    return {
      library: 'node-postgres (uselibpqcompat)',
      parameter: `uselibpqcompat=true&${parameter}`,
      fix: PG_FIX,
    };
  }
  return undefined;
}

function mongoUrl(text: string): InsecureConnectionString | undefined {
  const parameters = queryParameters(text, '&');
  for (const name of [
    'tlsallowinvalidcertificates',
    'tlsinsecure',
    'sslallowinvalidcertificates',
  ]) {
    const value = parameters.get(name);
    if (value !== undefined && MONGO_TRUE.has(value.toLowerCase())) {
      return {
        library: 'the MongoDB driver',
        parameter: `${originalName(text, name)}=${value}`,
        fix: MONGO_FIX,
      };
    }
  }
  const validate = parameters.get('sslvalidate');
  if (validate !== undefined && MONGO_FALSE.has(validate.toLowerCase())) {
    return {
      library: 'the MongoDB driver (5.x and older)',
      parameter: `${originalName(text, 'sslvalidate')}=${validate}`,
      fix: MONGO_FIX,
    };
  }
  return undefined;
}

/** ADO.NET-style strings used by mssql/tedious: `Server=db;Encrypt=true;TrustServerCertificate=true`. */
function sqlServer(text: string): InsecureConnectionString | undefined {
  if (!text.includes(';') || !text.includes('=')) return undefined;
  const parameters = queryParameters(text, ';');
  const hasServer = ['server', 'data source', 'address', 'addr'].some((key) => parameters.has(key));
  const trust = parameters.get('trustservercertificate')?.toLowerCase();
  if (!hasServer || (trust !== 'true' && trust !== 'yes')) return undefined;
  return {
    library: 'mssql / tedious',
    parameter: `${originalName(text, 'trustservercertificate')}=${trust}`,
    fix: "Set `TrustServerCertificate=false` and trust the server's CA (`cryptoCredentialsDetails: { ca }` in the options).",
  };
}

/** The parameter name as the user spelled it (the parser lower-cases names). */
function originalName(text: string, lowerName: string): string {
  const index = text.toLowerCase().indexOf(lowerName);
  return index < 0 ? lowerName : text.slice(index, index + lowerName.length);
}
