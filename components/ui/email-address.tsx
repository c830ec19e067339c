/**
 * An e-mail address in any text: read left to right in an Arabic page too (its own direction,
 * isolated), and on a narrow screen broken after its "@" rather than in the middle of a word.
 */
export function EmailAddress({ email }: { email: string }) {
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
