-- A bereavement gift stays outside the limit only for the death of the recipient or of their
-- immediate family: the gift records whose death it is, and the policy (versioned with the rest of
-- its settings) lists the relationships it excludes. Gifts recorded before carry no relationship.
ALTER TABLE gift
    ADD COLUMN deceased VARCHAR(16);

ALTER TABLE gift_policy
    ADD COLUMN bereavement_excluded VARCHAR(200) NOT NULL DEFAULT 'RECIPIENT,SPOUSE,PARENT,PARENT_IN_LAW,SIBLING,CHILD';
