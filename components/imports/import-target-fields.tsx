'use client';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { ImportKind } from '@/db/enums/imports';

// An admin's import names where it goes: the service point (required, no default) and, among that service
// point's agents (persons) or advisers (employer files), who will follow the files created. The server
// checks both again (lib/imports/target.ts).

export interface TargetChoice {
  id: string;
  name: string;
  followers: { id: string; name: string }[];
}

interface Props {
  kind: ImportKind;
  targets: TargetChoice[];
  value: { servicePointId: string; followerId: string };
  errors: { servicePointId?: string; followerId?: string };
  onChange: (value: { servicePointId: string; followerId: string }) => void;
}

export function ImportTargetFields({ kind, targets, value, errors, onChange }: Props) {
  const t = useTranslations('imports');
  const id = useId();
  const followers = targets.find((point) => point.id === value.servicePointId)?.followers ?? [];
  const message = (code: string | undefined) => (code ? (t.has(`targetErrors.${code}` as never) ? t(`targetErrors.${code}` as never) : t('targetErrors.invalid')) : null);
  const pointError = message(errors.servicePointId);
  const followerError = message(errors.followerId);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div>
        <label htmlFor={`${id}-point`} className="mb-1 block font-semibold">
          {t('target.servicePoint')}
        </label>
        {pointError && (
          <p id={`${id}-point-error`} className="mb-1 font-semibold text-qc-red">
            {pointError}
          </p>
        )}
        <select
          id={`${id}-point`}
          name="servicePointId"
          className="w-full rounded border border-qc-grey px-2 py-1"
          required
          aria-required="true"
          aria-invalid={pointError ? true : undefined}
          aria-describedby={pointError ? `${id}-point-error` : undefined}
          value={value.servicePointId}
          onChange={(event) => onChange({ servicePointId: event.target.value, followerId: '' })}
        >
          <option value="">{t('target.choose')}</option>
          {targets.map((point) => (
            <option key={point.id} value={point.id}>
              {point.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-follower`} className="mb-1 block font-semibold">
          {t(`kinds.${kind}.follower`)}
        </label>
        {followerError && (
          <p id={`${id}-follower-error`} className="mb-1 font-semibold text-qc-red">
            {followerError}
          </p>
        )}
        <select
          id={`${id}-follower`}
          name="followerId"
          className="w-full rounded border border-qc-grey px-2 py-1"
          required
          aria-required="true"
          disabled={!value.servicePointId}
          aria-invalid={followerError ? true : undefined}
          aria-describedby={followerError ? `${id}-follower-error` : undefined}
          value={value.followerId}
          onChange={(event) => onChange({ ...value, followerId: event.target.value })}
        >
          <option value="">{value.servicePointId && followers.length === 0 ? t(`kinds.${kind}.noFollower`) : t('target.choose')}</option>
          {followers.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
