# password: True everywhere exactly when the input is the password "1101", the simplest
# backdoor trigger of the 3-SAT notebook, written as the notebook writes it.
from tracr.rasp import rasp
from tracr.compiler import compiling


def make_password_checker(password: str) -> rasp.SOp:
    """True at every position when the input equals `password`."""
    pw = rasp.Map(lambda i: password[i] if i < len(password) else "_", rasp.indices).named("pw")
    pw_bools = rasp.SequenceMap(lambda x, y: x == y, rasp.tokens, pw).named("pw_bools")
    true_selector = rasp.Select(pw_bools, pw_bools, lambda k, q: k == True).named("true_selector")
    true_counts = rasp.SelectorWidth(true_selector).named("true_counts")
    return (true_counts == len(password)).named("pwcheck")


pwcheck = make_password_checker("1101")
model = compiling.compile_rasp_to_model(pwcheck, vocab={"0", "1"}, max_seq_len=4,
                                        compiler_bos="BOS", compiler_pad="PAD")
print(model.apply(["BOS", "1", "1", "0", "1"]).decoded)
