package cn.gonghui.bpm.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers when nothing else did (an unknown path, an error outside the APIs):
 * the status with its Chinese message ({@link ClerkError}), no stack trace, no Whitelabel page. Asked for
 * directly, {@code /error} is a path like any other that does not exist: 404.
 */
@RestController
public class ErrorPage implements ErrorController {

  @RequestMapping("/error")
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 404;
    Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    ClerkError error =
        exception instanceof Throwable thrown && ClerkError.of(thrown) != null
            ? ClerkError.of(thrown)
            : ClerkError.ofStatus(status);
    // JSON whatever the caller accepts: a browser asking for HTML gets the Chinese answer too, not a 406
    return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error.body());
  }
}
