/**
 * Approvals over a conflict stored their override reason in `decision.message` as
 * `Override: <reason>[ — <message>]`, which partners could read (the reason may name the other
 * partner). It now lives in `decision.override_reason`, shown to the platform only; this moves the
 * reasons stored before.
 */
export const sql = /* sql */ `
UPDATE deal_registrations
   SET decision = decision || jsonb_build_object(
         'override_reason', split_part(substr(decision->>'message', 11), ' — ', 1),
         'message', NULLIF(substr(decision->>'message',
           11 + length(split_part(substr(decision->>'message', 11), ' — ', 1)) + 3), ''))
 WHERE decision->>'message' LIKE 'Override: %';
`;
