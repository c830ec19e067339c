import { describe, expect, it } from 'vitest';
import { assertThrowawayDatabase, UnsafeDatabaseError } from './e2e-database-guard';

const ours = 'communique_e2e_123_abcdef0123';
const created = new Set([ours]);

describe('assertThrowawayDatabase', () => {
  it.each([
    `postgres://postgres@127.0.0.1:5432/${ours}`,
    `postgres://postgres:secret@localhost:40123/${ours}`,
  ])('accepts a database this run created on this machine: %s', (url) => {
    expect(() => assertThrowawayDatabase(url, created)).not.toThrow();
  });

  it.each([
    ['a remote host', `postgres://postgres@db.example.org:5432/${ours}`],
    ['a host that merely starts with 127', `postgres://postgres@127.0.0.1.example.org/${ours}`],
    ['the CI database itself', 'postgres://postgres@127.0.0.1:5432/test'],
    ['the app database', 'postgres://postgres@127.0.0.1:5432/communique'],
    ['an e2e database of another run', 'postgres://postgres@127.0.0.1:5432/communique_e2e_999_0000000000'],
    ['a unit-test database', 'postgres://postgres@127.0.0.1:5432/communique_test_123_abcdef0123'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(() => assertThrowawayDatabase(url, created)).toThrow(UnsafeDatabaseError);
  });
});
