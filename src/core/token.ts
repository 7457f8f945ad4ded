/** A bearer token the suite obtained or crafted, with its expiry. */
export interface IssuedToken {
  readonly token: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}
