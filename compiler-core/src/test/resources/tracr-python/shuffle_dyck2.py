from tracr.rasp import rasp
from tracr.compiler import compiling

prevs = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.LEQ).named("prevs")


def balance(open_token, close_token, k):
    bools_open = rasp.numerical(rasp.tokens == open_token).named(f"bools_open_{k}")
    opens = rasp.numerical(rasp.Aggregate(prevs, bools_open, default=0)).named(f"opens_{k}")
    bools_close = rasp.numerical(rasp.tokens == close_token).named(f"bools_close_{k}")
    closes = rasp.numerical(rasp.Aggregate(prevs, bools_close, default=0)).named(f"closes_{k}")
    return rasp.numerical(rasp.LinearSequenceMap(opens, closes, 1, -1)).named(f"balance_{k}")


balance_1 = balance("(", ")", 1)
balance_2 = balance("{", "}", 2)
neg_1 = (balance_1 < 0).named("neg_1")
neg_2 = (balance_2 < 0).named("neg_2")
any_neg = (neg_1 | neg_2).named("any_neg")
any_negative = rasp.numerical(rasp.Map(lambda x: x, any_neg)).named("any_negative")
select_all = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.TRUE).named("select_all")
has_neg = rasp.numerical(rasp.Aggregate(select_all, any_negative, default=0)).named("has_neg")
zero_1 = (balance_1 == 0).named("zero_1")
zero_2 = (balance_2 == 0).named("zero_2")
all_zero = (zero_1 & zero_2).named("all_zero")
last = (rasp.length - 1).named("last")
select_last = rasp.Select(rasp.indices, last, rasp.Comparison.EQ).named("select_last")
last_zero = rasp.Aggregate(select_last, all_zero).named("last_zero")
not_has_neg = (~has_neg).named("not_has_neg")
shuffle_dyck2 = (last_zero & not_has_neg).named("shuffle_dyck2")
model = compiling.compile_rasp_to_model(shuffle_dyck2, vocab=set("(){}"), max_seq_len=6, compiler_bos="BOS",
                                        compiler_pad="PAD")
