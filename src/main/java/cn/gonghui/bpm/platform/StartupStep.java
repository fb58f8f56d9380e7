package cn.gonghui.bpm.platform;

/**
 * One piece of start-up work (org sync, security, model deployment, filters, demo data). The steps run
 * in {@link org.springframework.core.annotation.Order} order before the web server accepts requests.
 */
public interface StartupStep {

  void run();
}
