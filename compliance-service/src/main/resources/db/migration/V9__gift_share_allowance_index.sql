-- A gift sums its recipient's counting shares in the window while holding the recipient's lock row:
-- with every column of that sum in one index, it is answered from the index alone, without reading
-- the shares' rows (the check that a share's gift was not corrected uses gift_corrects).
CREATE INDEX gift_share_allowance ON gift_share (recipient_id, counts_toward_limit, gift_date, gift_id, share_usd);
