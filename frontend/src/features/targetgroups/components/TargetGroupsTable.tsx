import { useTranslation } from 'react-i18next';
import type { TargetGroup } from '../api/targetGroups';

interface Props {
  groups: TargetGroup[];
  editable: boolean;
  busyCode: string | null;
  onToggle: (group: TargetGroup, active: boolean) => void;
}

export function TargetGroupsTable({ groups, editable, busyCode, onToggle }: Props) {
  const { t } = useTranslation('targetgroups');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="target-groups-table">
        <caption className="tp-visually-hidden">{t('caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('kind')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('active')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {groups.map((group) => (
            <tr key={group.code} className="utrecht-table__row" data-target-group={group.code} data-active={group.active}>
              <th scope="row" className="utrecht-table__header-cell">{group.name}</th>
              <td className="utrecht-table__cell">
                {group.national ? t('national') : <strong>{t('own')}</strong>}
              </td>
              <td className="utrecht-table__cell">
                {editable ? (
                  <label className="tp-switch">
                    <input
                      type="checkbox"
                      role="switch"
                      className="tp-switch__input"
                      checked={group.active}
                      aria-checked={group.active}
                      disabled={busyCode === group.code}
                      aria-label={t('activeLabel', { name: group.name })}
                      onChange={(event) => onToggle(group, event.target.checked)}
                    />
                    <span aria-hidden="true">{t(group.active ? 'on' : 'off')}</span>
                  </label>
                ) : (
                  t(group.active ? 'on' : 'off')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
