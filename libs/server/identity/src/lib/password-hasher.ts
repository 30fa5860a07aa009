import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

// OWASP's recommended argon2id settings (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the user does not exist, so that a wrong name takes as long as a wrong password.
  private readonly unknownUserHash = argon2.hash('no user has this password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** True if `password` matches `hash`; with no hash, spends the same time and says no. */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      await argon2.verify(await this.unknownUserHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
