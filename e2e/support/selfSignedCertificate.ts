import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A certificate and its key, as files, and the certificate's text for a client to trust. */
export interface Certificate {
  certFile: string;
  keyFile: string;
  pem: string;
}

/** Makes a self-signed certificate for `hostname` (and 127.0.0.1) with openssl, valid for a day, in `dir`. */
export function selfSignedCertificate(dir: string, hostname: string): Certificate {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname},IP:127.0.0.1`, '-keyout', keyFile, '-out', certFile],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return { certFile, keyFile, pem: execFileSync('openssl', ['x509', '-in', certFile]).toString() };
}
