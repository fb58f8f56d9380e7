package cn.gonghui.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Which engine errors a clerk gets as 400/409 with a Chinese message instead of a 500. */
class ClerkErrorTest {

  @Test
  void badInputWrappedByTheEngineAndRestIsA400NamingTheField() {
    InvalidInputException invalid = new InvalidInputException("creditCode", "统一社会信用代码", "校验位不正确");
    RestException wrapped = new RestException(Response.Status.INTERNAL_SERVER_ERROR, new ProcessEngineException("ENGINE-03051 listener", invalid));

    ClerkError error = ClerkError.of(wrapped);

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.body()).containsEntry("field", "creditCode").containsEntry("message", "「统一社会信用代码」校验位不正确");
  }

  @Test
  void aConcurrentChangeIsA409AskingToRefresh() {
    ClerkError error = ClerkError.of(new RestException(Response.Status.INTERNAL_SERVER_ERROR, new OptimisticLockingException("ENGINE-03005 updated by another transaction")));

    assertThat(error.status()).isEqualTo(409);
    assertThat(error.message()).contains("刷新后重试");
  }

  @Test
  void aConcurrentChangeOfABusinessRecordInsideAListenerIsA409() {
    ProcessEngineException wrapped =
        new ProcessEngineException(
            "ENGINE-03051 listener", new ObjectOptimisticLockingFailureException("Enterprise", 12L));

    assertThat(ClerkError.of(wrapped).status()).isEqualTo(409);
  }

  @Test
  void aTaskClaimedByAnotherUserIsA409() {
    assertThat(ClerkError.of(new TaskAlreadyClaimedException("t1", "admin")).status()).isEqualTo(409);
  }

  @Test
  void otherEngineErrorsAreNoCallersError() {
    assertThat(ClerkError.of(new ProcessEngineException("something else"))).isNull();
  }
}
