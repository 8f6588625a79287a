import { createRoute } from '@hono/zod-openapi';
import { PAIRING_CODE_MINUTES, PairingCodeSchema, PairRequestSchema } from '../../shared/api/devices';
import { JoinResponseSchema } from '../../shared/api/teams';
import { claimPairingCode, findPairingCode, MAX_DEVICES_PER_MEMBER, replacePairingCode } from '../db/devices';
import { getTeam } from '../db/teams';
import { asAnyone, asMember } from '../http/access';
import { addressKey, memberOf } from '../http/auth';
import { randomId, randomToken, sha256Hex } from '../http/crypto';
import { HttpError, notFound, tooManyRequests, unauthorized } from '../http/http-error';
import { limitReached } from '../http/limits';
import { errorResponses, json, newRouter } from '../http/router';

const make = createRoute({
  method: 'post',
  path: '/me/pairing-codes',
  operationId: 'createPairingCode',
  tags: ['Devices'],
  summary: `A single-use code that pairs another browser with the calling member, shown once and valid ${PAIRING_CODE_MINUTES} minutes; it replaces the member’s previous code`,
  ...asMember,
  responses: {
    201: { description: 'The code', ...json(PairingCodeSchema) },
    ...errorResponses(401, 429, 503),
  },
});

const pair = createRoute({
  method: 'post',
  path: '/pair',
  operationId: 'pairDevice',
  tags: ['Devices'],
  ...asAnyone,
  summary:
    'Pair a browser with a pairing code: answers a sign-in token of its own for the code’s member, shown once. Each code pairs one browser',
  request: { body: { ...json(PairRequestSchema), required: true } },
  responses: {
    201: { description: 'Paired', ...json(JoinResponseSchema) },
    ...errorResponses(400, 404, 409, 410, 413, 429, 503),
  },
});

const unknownCode = () =>
  new HttpError(
    404,
    'pairing_code_not_found',
    'This pairing code is unknown or has expired (a code works 10 minutes, and a new one replaces it). Make a new one in your other browser.',
  );
const usedCode = () =>
  new HttpError(
    410,
    'pairing_code_used',
    'This pairing code was already used: each code pairs one browser. Make a new one in your other browser.',
  );

export function pairingRoutes() {
  return newRouter()
    .openapi(make, async (c) => {
      const { teamId, memberId } = memberOf(c);
      const code = randomToken(16);
      const now = Date.now();
      const expiresAt = now + PAIRING_CODE_MINUTES * 60_000;
      const made = await replacePairingCode(c.env.DB, {
        teamId,
        memberId,
        hash: await sha256Hex(code),
        now,
        expiresAt,
      });
      // The member left or was removed between the token check and the write.
      if (!made) throw unauthorized();
      return c.json({ code, expiresAt }, 201);
    })
    .openapi(pair, async (c) => {
      // Limited per address before the code is looked at, together with joining: ten guesses a minute.
      if (!(await c.env.JOIN_LIMITER.limit({ key: addressKey(c) })).success) throw tooManyRequests();
      const body = c.req.valid('json');
      const codeHash = await sha256Hex(body.code);
      const token = randomToken();
      const claim = {
        codeHash,
        tokenId: randomId(),
        tokenHash: await sha256Hex(token),
        label: body.deviceName || null,
        now: Date.now(),
      };
      const paired = await claimPairingCode(c.env.DB, claim);
      if (!paired) {
        const code = await findPairingCode(c.env.DB, codeHash);
        if (!code || code.expires_at <= claim.now || !code.member) throw unknownCode();
        if (code.used_at !== null) throw usedCode();
        throw limitReached(
          `A member can sign in from at most ${MAX_DEVICES_PER_MEMBER} browsers; revoke one in the Team section of another browser first. The code is not spent.`,
        );
      }
      const team = await getTeam(c.env.DB, paired.teamId);
      if (!team) throw notFound('Team');
      return c.json({ team, memberId: paired.memberId, token }, 201);
    });
}
