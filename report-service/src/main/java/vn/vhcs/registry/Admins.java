package vn.vhcs.registry;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;

/** Registry writes are for admins only (the gateway checks it too). */
public final class Admins {

    private Admins() {
    }

    public static void require(Caller caller) {
        if (!caller.admin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }
}
