package vn.vhcs.common.security;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemExceptionMappers;
import vn.vhcs.common.problem.ProblemType;

/** 401 and 403 as problem documents; a request without the gateway's token is a 401. */
public class SecurityProblems {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(ProblemExceptionMappers.problem(ProblemType.UNAUTHORIZED,
                Messages.get("auth.token.invalid"), null, uri))
                .header("WWW-Authenticate", "Bearer realm=\"vhcs-services\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemExceptionMappers.problem(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"), null, uri);
    }
}
