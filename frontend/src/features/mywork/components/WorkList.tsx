import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format/format';
import { type WorkItem, workGroups } from '../api/mywork';

/**
 * The items, grouped by the part of the work they belong to (vraaganalyse, woonzorgvisie, …), newest first within a
 * group as the server sends them. Each title is the link to where the work is done.
 */
export function WorkList({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation('mywork');
  if (items.length === 0) {
    return (
      <Paragraph data-testid="my-work-empty" className="tp-mywork__empty">
        {t('empty')}
      </Paragraph>
    );
  }
  return (
    <>
      {workGroups.map((group) => {
        const inGroup = items.filter((item) => item.group === group);
        if (inGroup.length === 0) return null;
        const id = `my-work-${group.toLowerCase()}`;
        return (
          <section key={group} aria-labelledby={id} data-testid={id} className="tp-mywork__group">
            <Heading2 id={id}>
              {t(`groups.${group}`)} <span className="tp-muted">({inGroup.length})</span>
            </Heading2>
            <ul className="tp-mywork__items">
              {inGroup.map((item) => (
                <Item key={`${item.kind}-${item.path}-${item.title}`} item={item} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function Item({ item }: { item: WorkItem }) {
  const { t, i18n } = useTranslation('mywork');
  const late = item.daysLeft != null && item.daysLeft < 0;
  return (
    <li className="tp-mywork__item" data-testid="my-work-item" data-kind={item.kind}>
      <AppLink to={item.path} className="tp-mywork__title">
        {item.title}
      </AppLink>
      <span className="tp-mywork__detail">{item.detail}</span>
      {item.dueDate ? (
        <span className={late ? 'tp-mywork__due tp-mywork__due--late' : 'tp-mywork__due'}>
          {t('due', { date: formatDate(item.dueDate, i18n.language) })}
        </span>
      ) : null}
    </li>
  );
}
