import { describe, expect, it } from 'vitest';
import { libpqEnvironment } from '@/db/backup';

// pg_dump / pg_restore get the connection through libpq's environment, never on their command line.
describe('libpqEnvironment', () => {
  it('splits a connection URL into libpq variables, decoding the password', () => {
    expect(libpqEnvironment('postgres://owner:p%40ss%3Aw0rd@db.internal:6543/passerelle?sslmode=verify-full&sslrootcert=/etc/ca.pem')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6543',
      PGUSER: 'owner',
      PGPASSWORD: 'p@ss:w0rd',
      PGDATABASE: 'passerelle',
      PGSSLMODE: 'verify-full',
      PGSSLROOTCERT: '/etc/ca.pem',
    });
  });

  it('leaves out what the URL does not say, and refuses a parameter it cannot pass on', () => {
    expect(libpqEnvironment('postgres://postgres@127.0.0.1/test')).toEqual({ PGHOST: '127.0.0.1', PGUSER: 'postgres', PGDATABASE: 'test' });
    expect(() => libpqEnvironment('postgres://u@h/d?options=-c%20x')).toThrow(/"options" is not supported/);
  });
});
