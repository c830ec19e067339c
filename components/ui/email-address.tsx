import { shownEmail } from '@/lib/email';

/**
 * A stored e-mail address in any text: its domain in its own letters (shownEmail), read left to
 * right in an Arabic page too (its own direction, isolated), and on a narrow screen broken after
 * its "@" rather than in the middle of a word.
 */
export function EmailAddress({ email: stored }: { email: string }) {
  const email = shownEmail(stored);
  const at = email.lastIndexOf('@');
  return (
    <bdi dir="ltr">
      {at < 0 ? (
        email
      ) : (
        <>
          {email.slice(0, at + 1)}
          <wbr />
          {email.slice(at + 1)}
        </>
      )}
    </bdi>
  );
}
